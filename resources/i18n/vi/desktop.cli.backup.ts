<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.backup</name>
    <message>
      <source>No backup copies yet.</source>
      <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
      <source>second place</source>
      <translation>nơi thứ hai</translation>
    </message>
    <message>
      <source>data folder</source>
      <translation>thư mục dữ liệu</translation>
    </message>
    <message>
      <source>{file}: sound backup of “{station}” ({unit}), schema {schema}, {households} households.</source>
      <translation>{file}: bản sao lưu tốt của “{station}” ({unit}), lược đồ {schema}, {households} hộ.</translation>
    </message>
  </context>
</TS>
