<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.settings_page</name>
    <message>
      <source>Settings of the station</source>
      <translation>Thiết lập của trạm</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Saved; the next documents print these.</source>
      <translation>Đã lưu; các văn bản in sau sẽ dùng thiết lập này.</translation>
    </message>
    <message>
      <source>Station “{name}” of {unit} (code {code}).</source>
      <translation>Trạm “{name}” của {unit} (mã {code}).</translation>
    </message>
  </context>
</TS>
