<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.relay_panel</name>
    <message>
      <source>Online sync (relay)</source>
      <translation>Đồng bộ qua mạng (máy chủ trung chuyển)</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> phút</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Đồng bộ ngay</translation>
    </message>
    <message>
      <source>Relay address</source>
      <translation>Địa chỉ máy chủ trung chuyển</translation>
    </message>
    <message>
      <source>Sync automatically every</source>
      <translation>Tự động đồng bộ mỗi</translation>
    </message>
    <message>
      <source>No relay: bundles travel by file only.</source>
      <translation>Không dùng máy chủ trung chuyển: gói chỉ được chuyển bằng tệp.</translation>
    </message>
    <message>
      <source>No relay set: bundles go by file.</source>
      <translation>Chưa đặt máy chủ trung chuyển: gói được chuyển bằng tệp (USB, thư điện tử, Zalo).</translation>
    </message>
    <message>
      <source>Saved: online sync goes through {url}.</source>
      <translation>Đã lưu: đồng bộ qua mạng dùng máy chủ {url}.</translation>
    </message>
  </context>
</TS>
