<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli</name>
    <message>
      <source>“ketnghia --help” lists the commands and options.</source>
      <translation>Gõ “ketnghia --help” để xem các lệnh và tùy chọn.</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <source>unknown option or argument: {arguments}</source>
      <translation>tùy chọn hoặc tham số không có: {arguments}</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>Cảnh báo: {message}</translation>
    </message>
  </context>
</TS>
