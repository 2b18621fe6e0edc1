<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.backup</name>
    <message>
      <source>backup copies of this station's database</source>
      <translation>bản sao lưu cơ sở dữ liệu của trạm này</translation>
    </message>
    <message>
      <source>make a backup copy now (prints its path)</source>
      <translation>tạo bản sao lưu ngay (in đường dẫn của tệp)</translation>
    </message>
    <message>
      <source>folder for the copy (default: the data folder)</source>
      <translation>thư mục để ghi bản sao (mặc định: thư mục dữ liệu)</translation>
    </message>
    <message>
      <source>the backup copies, newest first</source>
      <translation>các bản sao lưu, mới nhất trước</translation>
    </message>
    <message>
      <source>one JSON array</source>
      <translation>một mảng JSON</translation>
    </message>
    <message>
      <source>check a backup copy without changing anything</source>
      <translation>kiểm tra một bản sao lưu mà không thay đổi gì</translation>
    </message>
    <message>
      <source>put a backup copy in place of the database</source>
      <translation>khôi phục: thay cơ sở dữ liệu bằng một bản sao lưu</translation>
    </message>
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
