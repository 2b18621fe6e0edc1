<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.documents.xlsx</name>
    <message>
      <source>Unknown table {table}; use one of {tables}.</source>
      <translation>Không có bảng {table}; hãy dùng một trong các bảng: {tables}.</translation>
    </message>
    <message>
      <source>The table {table} has no rows for {year}.</source>
      <translation>Bảng {table} không có dòng nào của năm {year}.</translation>
    </message>
    <message>
      <source>Only reports export to a workbook; {kind} is not one.</source>
      <translation>Chỉ báo cáo mới xuất ra bảng tính; {kind} không phải là báo cáo.</translation>
    </message>
  </context>
</TS>
