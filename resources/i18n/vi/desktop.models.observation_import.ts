<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.observation_import</name>
    <message>
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <source>The sheet needs a household code column, or the columns of the head of household and the village, to find each household.</source>
      <translation>Bảng cần cột mã hộ, hoặc cột chủ hộ và cột thôn, để tìm từng hộ.</translation>
    </message>
    <message>
      <source>The sheet has no income, lacking indicators or members column to import.</source>
      <translation>Bảng không có cột thu nhập, chỉ số thiếu hụt hay số khẩu để nhập.</translation>
    </message>
    <message>
      <source>give the household code, or the head's name and the village</source>
      <translation>hãy ghi mã hộ, hoặc họ tên chủ hộ và thôn</translation>
    </message>
    <message>
      <source>Choose the survey round.</source>
      <translation>Hãy chọn đợt khảo sát.</translation>
    </message>
    <message>
      <source>Income per person per month</source>
      <translation>Thu nhập bình quân/người/tháng</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>There is no row to import.</source>
      <translation>Không có dòng nào để nhập.</translation>
    </message>
    <message>
      <source>No survey round {wanted}; the rounds: {rounds}.</source>
      <translation>Không có đợt khảo sát {wanted}; các đợt: {rounds}.</translation>
    </message>
    <message>
      <source>Stopped; nothing was written.</source>
      <translation>Đã dừng; chưa ghi gì vào sổ.</translation>
    </message>
    <message>
      <source>already observed in this round</source>
      <translation>hộ đã được khảo sát trong đợt này</translation>
    </message>
    <message>
      <source>More than one survey round is dated {day}; give its id. Rounds: {rounds}.</source>
      <translation>Có nhiều đợt khảo sát cùng ngày {day}; hãy cho mã đợt. Các đợt: {rounds}.</translation>
    </message>
    <message>
      <source>the village {name} is not in the commune's list of villages</source>
      <translation>không có “{name}” trong danh sách thôn của xã</translation>
    </message>
    <message>
      <source>no household of {name} in {village} is in the book</source>
      <translation>trong sổ không có hộ {name} ở {village}</translation>
    </message>
    <message>
      <source>{count} households of {name} in {village}: give the household code</source>
      <translation>có {count} hộ {name} ở {village}: hãy ghi mã hộ</translation>
    </message>
    <message>
      <source>{count} rows are refused; correct them or choose to skip them.</source>
      <translation>{count} dòng bị từ chối; hãy sửa hoặc chọn bỏ qua các dòng đó.</translation>
    </message>
    <message>
      <source>no household has the code {code}</source>
      <translation>không có hộ nào mang mã {code}</translation>
    </message>
    <message>
      <source>cell {cell} is a formula without a value; open and save the file in Excel</source>
      <translation>ô {cell} là công thức chưa có giá trị; hãy mở và lưu tệp bằng Excel</translation>
    </message>
    <message>
      <source>the same household as row {number}</source>
      <translation>đã có ở dòng {number}</translation>
    </message>
  </context>
</TS>
