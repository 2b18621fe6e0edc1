<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli</name>
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
