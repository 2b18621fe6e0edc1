<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.setup</name>
    <message>
      <source>Station “{name}” set up for {unit} in {folder}.</source>
      <translation>Đã thiết lập trạm “{name}” cho {unit} tại {folder}.</translation>
    </message>
  </context>
</TS>
