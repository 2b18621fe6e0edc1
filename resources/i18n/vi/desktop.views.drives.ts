<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.drives</name>
    <message>
      <source>{drive} ({free} GB free)</source>
      <translation>{drive} (còn trống {free} GB)</translation>
    </message>
  </context>
</TS>
