<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.documents.xlsx</name>
    <message>
      <source>A period applies only to the district workbook.</source>
      <translation>Chỉ bảng tổng hợp toàn địa bàn (district) mới chọn theo kỳ.</translation>
    </message>
    <message>
      <source>This station holds only its own commune's records.</source>
      <translation>Trạm này chỉ giữ hồ sơ của xã mình.</translation>
    </message>
    <message>
      <source>Only a district or city hub exports the district workbook.</source>
      <translation>Chỉ trạm tổng hợp (huyện hoặc thành phố) mới xuất bảng tổng hợp toàn địa bàn.</translation>
    </message>
    <message>
      <source>Give the year of the district workbook (--year).</source>
      <translation>Hãy cho biết năm của bảng tổng hợp (--year).</translation>
    </message>
    <message>
      <source>No commune has the code {code}.</source>
      <translation>Không có xã nào mang mã {code}.</translation>
    </message>
    <message>
      <source>Unknown table {table}; use one of {tables}.</source>
      <translation>Không có bảng {table}; hãy dùng một trong các bảng: {tables}.</translation>
    </message>
    <message>
      <source>The table {table} has no rows for {year}.</source>
      <translation>Bảng {table} không có dòng nào của năm {year}.</translation>
    </message>
    <message>
      <source>{name} is not a commune of this hub's area.</source>
      <translation>{name} không thuộc địa bàn của trạm tổng hợp này.</translation>
    </message>
    <message>
      <source>Only reports export to a workbook; {kind} is not one.</source>
      <translation>Chỉ báo cáo mới xuất ra bảng tính; {kind} không phải là báo cáo.</translation>
    </message>
  </context>
</TS>
