<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.sheet_table</name>
    <message>
      <source>column numbering row</source>
      <translation>dòng đánh số cột</translation>
    </message>
    <message>
      <source>totals row</source>
      <translation>dòng tổng cộng</translation>
    </message>
    <message>
      <source>signature block</source>
      <translation>phần chữ ký</translation>
    </message>
    <message>
      <source>the header repeated</source>
      <translation>dòng tiêu đề cột lặp lại</translation>
    </message>
    <message>
      <source>group heading</source>
      <translation>tiêu đề nhóm</translation>
    </message>
    <message>
      <source>The sheet {sheet} is empty.</source>
      <translation>Trang {sheet} không có dữ liệu.</translation>
    </message>
    <message>
      <source>Row {number} of the sheet is empty or does not exist; choose the header row.</source>
      <translation>Dòng {number} của bảng trống hoặc không có; hãy chọn dòng tiêu đề cột.</translation>
    </message>
  </context>
</TS>
