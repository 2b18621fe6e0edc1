<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.sync</name>
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
      <translation>Đọc mã nhận dạng này cho cán bộ trạm tổng hợp (huyện hoặc thành phố) qua điện thoại: {digits}</translation>
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
      <translation>Thay đổi chờ trạm tổng hợp xác nhận: {pending} (đã xác nhận đến số {acked}).</translation>
    </message>
    <message>
      <source>Open conflicts: {count}</source>
      <translation>Xung đột chưa xử lý: {count}</translation>
    </message>
    <message>
      <source>enrolled</source>
      <translation>đã đăng ký</translation>
    </message>
    <message>
      <source>not enrolled</source>
      <translation>chưa đăng ký</translation>
    </message>
    <message>
      <source>{file}: valid bundle number {number} from {sender}; importing it would apply {applied} changes.</source>
      <translation>{file}: gói số {number} hợp lệ từ {sender}; nếu nhập sẽ áp dụng {applied} thay đổi.</translation>
    </message>
    <message>
      <source>Communes of the area: {count}</source>
      <translation>Số xã trên địa bàn: {count}</translation>
    </message>
    <message>
      <source>last bundle {moment}</source>
      <translation>gói gần nhất {moment}</translation>
    </message>
    <message>
      <source>{held} changes held, waiting for bundle number {number} of {station}</source>
      <translation>{held} thay đổi đang chờ, chờ gói số {number} của trạm {station}</translation>
    </message>
    <message>
      <source>needs proposal {year} late</source>
      <translation>đề xuất nhu cầu năm {year} trễ hạn</translation>
    </message>
    <message>
      <source>silent for {days} days</source>
      <translation>{days} ngày không gửi gì</translation>
    </message>
  </context>
</TS>
