<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.setup</name>
    <message>
      <source>set up this station</source>
      <translation>thiết lập trạm này</translation>
    </message>
    <message>
      <source>commune code (hub: district code)</source>
      <translation>mã xã (trạm tổng hợp: mã thành phố hoặc huyện)</translation>
    </message>
    <message>
      <source>name of this station</source>
      <translation>tên của trạm</translation>
    </message>
    <message>
      <source>officer in charge</source>
      <translation>cán bộ phụ trách</translation>
    </message>
    <message>
      <source>a village of the commune (repeatable)</source>
      <translation>một thôn của xã (lặp lại được)</translation>
    </message>
    <message>
      <source>Station “{name}” set up for {unit} in {folder}.</source>
      <translation>Đã thiết lập trạm “{name}” cho {unit} tại {folder}.</translation>
    </message>
  </context>
</TS>
