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
      <source>data folder of this station</source>
      <translation>thư mục dữ liệu của trạm</translation>
    </message>
    <message>
      <source>language of the window and the messages (vi or en)</source>
      <translation>ngôn ngữ của cửa sổ và thông báo (vi hoặc en)</translation>
    </message>
    <message>
      <source>print the version and stop</source>
      <translation>in số phiên bản rồi dừng</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>Cảnh báo: {message}</translation>
    </message>
  </context>
</TS>
