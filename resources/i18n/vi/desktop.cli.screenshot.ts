<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.screenshot</name>
    <message>
      <source>The size must look like 1366x768.</source>
      <translation>Kích thước phải có dạng 1366x768.</translation>
    </message>
  </context>
</TS>
