<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.households</name>
    <message>
      <source>Poor</source>
      <translation>Hộ nghèo</translation>
    </message>
    <message>
      <source>Near-poor</source>
      <translation>Hộ cận nghèo</translation>
    </message>
    <message>
      <source>Average living</source>
      <translation>Hộ có mức sống trung bình</translation>
    </message>
    <message>
      <source>Not poor</source>
      <translation>Không nghèo</translation>
    </message>
    <message>
      <source>Entered in the household's record</source>
      <translation>Nhập tại hồ sơ hộ</translation>
    </message>
    <message>
      <source>Enter the name of the head of household.</source>
      <translation>Nhập họ tên chủ hộ.</translation>
    </message>
    <message>
      <source>Choose the household's village.</source>
      <translation>Chọn thôn của hộ.</translation>
    </message>
    <message>
      <source>Choose male or female.</source>
      <translation>Chọn Nam hoặc Nữ.</translation>
    </message>
    <message>
      <source>Choose an ethnic group from the list.</source>
      <translation>Chọn dân tộc trong danh sách.</translation>
    </message>
    <message>
      <source>A household has at least one member.</source>
      <translation>Hộ phải có ít nhất một nhân khẩu.</translation>
    </message>
    <message>
      <source>The income cannot be negative.</source>
      <translation>Thu nhập không được âm.</translation>
    </message>
    <message>
      <source>Survey round {title} of {date}</source>
      <translation>Đợt khảo sát {title} ngày {date}</translation>
    </message>
    <message>
      <source>No income estimate: only the lacking indicators are counted.</source>
      <translation>Chưa có ước tính thu nhập: chỉ tính theo các chỉ số thiếu hụt.</translation>
    </message>
    <message>
      <source>More than 50 members: check the number.</source>
      <translation>Hơn 50 nhân khẩu: hãy kiểm tra lại.</translation>
    </message>
    <message>
      <source>A phone number has 10 digits, like 0905 123 456.</source>
      <translation>Số điện thoại có 10 chữ số, ví dụ 0905 123 456.</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Household status of a year</source>
      <translation>Tình trạng hộ trong năm</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>Result: {status}.</source>
      <translation>Kết quả: {status}.</translation>
    </message>
    <message>
      <source>This household no longer exists.</source>
      <translation>Hộ này không còn trong sổ.</translation>
    </message>
    <message>
      <source>The birth year must be between 1900 and {year}.</source>
      <translation>Năm sinh phải từ 1900 đến {year}.</translation>
    </message>
    <message>
      <source>The year must be between 2000 and {year}.</source>
      <translation>Năm phải từ 2000 đến {year}.</translation>
    </message>
    <message>
      <source>Unknown poverty status: {status}.</source>
      <translation>Phân loại hộ không hợp lệ: {status}.</translation>
    </message>
    <message>
      <source>Lacks {lacking} of the {total} basic social service indicators; {needed} or more make the household poor.</source>
      <translation>Thiếu hụt {lacking}/{total} chỉ số dịch vụ xã hội cơ bản; thiếu từ {needed} chỉ số trở lên là hộ nghèo.</translation>
    </message>
    <message>
      <source>households</source>
      <translation>hộ gia đình</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Year of birth of the head</source>
      <translation>Năm sinh chủ hộ</translation>
    </message>
    <message>
      <source>Gender of the head</source>
      <translation>Giới tính chủ hộ</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Ethnic group</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Income per month</source>
      <translation>Thu nhập bình quân tháng</translation>
    </message>
    <message>
      <source>Income {income} per person per month is at or below the poverty line {line}.</source>
      <translation>Thu nhập {income}/người/tháng không vượt chuẩn nghèo {line}.</translation>
    </message>
    <message>
      <source>Unknown indicators: {codes}.</source>
      <translation>Chỉ số không có trong chuẩn: {codes}.</translation>
    </message>
    <message>
      <source>Income {income} per person per month is above the poverty line {line} and at or below the average-living line {average}.</source>
      <translation>Thu nhập {income}/người/tháng trên chuẩn nghèo {line} và không vượt mức sống trung bình {average}.</translation>
    </message>
    <message>
      <source>Income {income} per person per month is above the average-living line {average}.</source>
      <translation>Thu nhập {income}/người/tháng trên mức sống trung bình {average}.</translation>
    </message>
  </context>
</TS>
