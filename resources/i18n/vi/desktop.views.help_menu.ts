<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.help_menu</name>
    <message>
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Phím tắt</translation>
    </message>
    <message>
      <source>&amp;About Sổ Kết Nghĩa</source>
      <translation>Giới &amp;thiệu Sổ Kết Nghĩa</translation>
    </message>
  </context>
</TS>
