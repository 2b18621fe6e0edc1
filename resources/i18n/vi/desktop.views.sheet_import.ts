<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.sheet_import</name>
    <message>
      <source>Choose a spreadsheet</source>
      <translation>Chọn tệp bảng tính</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>found</source>
      <translation>tự tìm</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Trang tính</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Dòng tiêu đề</translation>
    </message>
    <message>
      <source>Skip the refused rows and import the others</source>
      <translation>Bỏ qua các dòng bị từ chối, nhập các dòng còn lại</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Cột trong tệp</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Thông tin</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Ví dụ</translation>
    </message>
    <message>
      <source>(not used)</source>
      <translation>(không dùng)</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <source>Spreadsheets ({patterns})</source>
      <translation>Bảng tính ({patterns})</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Không nhập được</translation>
    </message>
  </context>
</TS>
