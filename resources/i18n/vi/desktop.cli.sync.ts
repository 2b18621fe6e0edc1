<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.sync</name>
    <message>
      <source>Give the relay's address, or --off to forget it.</source>
      <translation>Hãy cho địa chỉ máy chủ trung chuyển, hoặc --off để bỏ.</translation>
    </message>
    <message>
      <source>The relay is forgotten; bundles travel by file only.</source>
      <translation>Đã bỏ máy chủ trung chuyển; gói chỉ được chuyển bằng tệp.</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>đã thu hồi</translation>
    </message>
    <message>
      <source>active</source>
      <translation>đang hoạt động</translation>
    </message>
    <message>
      <source>Read this fingerprint to the district officer by phone: {digits}</source>
      <translation>Đọc mã nhận dạng này cho cán bộ huyện qua điện thoại: {digits}</translation>
    </message>
    <message>
      <source>Station “{name}” of {unit} enrolled; give it the welcome bundle.</source>
      <translation>Đã đăng ký trạm “{name}” của {unit}; hãy chuyển gói chào mừng cho trạm.</translation>
    </message>
    <message>
      <source>Station “{name}” ({id}) is revoked; its bundles will be refused.</source>
      <translation>Đã thu hồi trạm “{name}” ({id}); các gói dữ liệu của trạm sẽ bị từ chối.</translation>
    </message>
    <message>
      <source>Fingerprint: {digits}</source>
      <translation>Mã nhận dạng: {digits}</translation>
    </message>
    <message>
      <source>Changes waiting for acknowledgement: {pending} (acknowledged up to {acked}).</source>
      <translation>Thay đổi chờ huyện xác nhận: {pending} (đã xác nhận đến số {acked}).</translation>
    </message>
    <message>
      <source>Open conflicts: {count}</source>
      <translation>Xung đột chưa xử lý: {count}</translation>
    </message>
    <message>
      <source>Online sync goes through {url}.</source>
      <translation>Đồng bộ qua mạng dùng máy chủ trung chuyển {url}.</translation>
    </message>
    <message>
      <source>{file}: valid bundle number {number} from {sender}; importing it would apply {applied} changes.</source>
      <translation>{file}: gói số {number} hợp lệ từ {sender}; nếu nhập sẽ áp dụng {applied} thay đổi.</translation>
    </message>
  </context>
</TS>
