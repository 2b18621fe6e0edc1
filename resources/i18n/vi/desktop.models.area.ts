<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.area</name>
    <message>
      <source>district</source>
      <translation>huyện</translation>
    </message>
    <message>
      <source>city</source>
      <translation>thành phố</translation>
    </message>
    <message>
      <source>province</source>
      <translation>tỉnh</translation>
    </message>
    <message>
      <source>town</source>
      <translation>thị xã</translation>
    </message>
  </context>
</TS>
