<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli</name>
    <message>
      <source>data folder of this station</source>
      <translation>thư mục dữ liệu của trạm</translation>
    </message>
    <message>
      <source>language of the window and the messages (vi or en)</source>
      <translation>ngôn ngữ của cửa sổ và thông báo (vi hoặc en)</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <source>Error: the file {name} could not be used ({reason}).</source>
      <translation>Lỗi: không dùng được tệp {name} ({reason}).</translation>
    </message>
  </context>
</TS>
