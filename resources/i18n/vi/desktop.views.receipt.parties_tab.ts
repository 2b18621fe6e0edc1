<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt.parties_tab</name>
    <message>
      <source>Remove row</source>
      <translation>Xóa dòng</translation>
    </message>
    <message>
      <source>Representatives of both sides and the witnesses who sign the minutes.</source>
      <translation>Đại diện hai bên và người chứng kiến ký biên bản.</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Bên</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>Add: {side}</source>
      <translation>Thêm: {side}</translation>
    </message>
  </context>
</TS>
