<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.villages</name>
    <message>
      <source>Enter the village name.</source>
      <translation>Nhập tên thôn.</translation>
    </message>
    <message>
      <source>This village no longer exists.</source>
      <translation>Thôn này không còn trong danh sách.</translation>
    </message>
    <message>
      <source>The commune already has a village named {name}.</source>
      <translation>Xã đã có thôn tên {name}.</translation>
    </message>
  </context>
</TS>
