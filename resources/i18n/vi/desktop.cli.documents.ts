<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.documents</name>
    <message>
      <source>Printed “{title}” ({pages} pages) to {path}.</source>
      <translation>Đã in “{title}” ({pages} trang) ra tệp {path}.</translation>
    </message>
    <message>
      <source>Exported {rows} rows of {table} to {path}.</source>
      <translation>Đã xuất {rows} dòng của bảng {table} ra tệp {path}.</translation>
    </message>
  </context>
</TS>
