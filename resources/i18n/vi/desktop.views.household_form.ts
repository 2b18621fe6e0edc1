<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.household_form</name>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Poverty status of a year</source>
      <translation>Tình trạng nghèo theo năm</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Household code</source>
      <translation>Mã hộ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Income per person per month</source>
      <translation>Thu nhập bình quân/người/tháng</translation>
    </message>
    <message>
      <source>Lacking indicators</source>
      <translation>Chỉ số thiếu hụt</translation>
    </message>
    <message>
      <source>Notes of the year</source>
      <translation>Ghi chú của năm</translation>
    </message>
    <message>
      <source>(choose a village)</source>
      <translation>(chọn thôn)</translation>
    </message>
    <message>
      <source>New household</source>
      <translation>Thêm hộ gia đình</translation>
    </message>
    <message>
      <source>Earlier years</source>
      <translation>Các năm</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Thu nhập</translation>
    </message>
    <message>
      <source>Lacking</source>
      <translation>Số chỉ số thiếu</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <source>Enter the year as a number, like 1975.</source>
      <translation>Nhập năm bằng số, ví dụ 1975.</translation>
    </message>
    <message>
      <source>Type the income as a number, like 1.200.000.</source>
      <translation>Nhập thu nhập bằng số, ví dụ 1.200.000.</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>Có thể trùng hộ</translation>
    </message>
    <message>
      <source>e.g. 1975</source>
      <translation>ví dụ 1975</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(chưa rõ)</translation>
    </message>
    <message>
      <source>e.g. 1.200.000</source>
      <translation>ví dụ 1.200.000</translation>
    </message>
    <message>
      <source>Status: —</source>
      <translation>Tình trạng: —</translation>
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
      <source>Status from: {source}</source>
      <translation>Phân loại theo: {source}</translation>
    </message>
    <message>
      <source>The village already has a household with the same head's name and birth year: {names}. Save this one too?</source>
      <translation>Thôn đã có hộ cùng họ tên chủ hộ và năm sinh: {names}. Vẫn lưu hộ này?</translation>
    </message>
  </context>
</TS>
