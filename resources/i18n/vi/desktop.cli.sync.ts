<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.sync</name>
    <message>
      <source>exchange bundles with the hub or the communes</source>
      <translation>trao đổi gói dữ liệu với trạm tổng hợp hoặc các xã</translation>
    </message>
    <message>
      <source>write an enrollment request (commune)</source>
      <translation>ghi yêu cầu đăng ký (xã)</translation>
    </message>
    <message>
      <source>request file (or folder) to write</source>
      <translation>tệp (hoặc thư mục) ghi yêu cầu</translation>
    </message>
    <message>
      <source>this station is enrolled; let the welcome of this request replace its hub</source>
      <translation>trạm này đã đăng ký; cho phép gói chào mừng của yêu cầu này thay trạm tổng hợp</translation>
    </message>
    <message>
      <source>enroll a commune station (hub)</source>
      <translation>đăng ký một trạm xã (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>the commune's enrollment request</source>
      <translation>yêu cầu đăng ký của xã</translation>
    </message>
    <message>
      <source>the digits the commune read out</source>
      <translation>dãy số xã đọc qua điện thoại</translation>
    </message>
    <message>
      <source>folder for the welcome bundle</source>
      <translation>thư mục ghi gói chào mừng</translation>
    </message>
    <message>
      <source>revoke a station (hub)</source>
      <translation>thu hồi một trạm (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>site id of the station</source>
      <translation>mã trạm</translation>
    </message>
    <message>
      <source>write bundles for the peers</source>
      <translation>ghi gói dữ liệu cho các trạm khác</translation>
    </message>
    <message>
      <source>folder for the bundle files</source>
      <translation>thư mục ghi các tệp gói</translation>
    </message>
    <message>
      <source>import bundle files</source>
      <translation>nhập các tệp gói dữ liệu</translation>
    </message>
    <message>
      <source>bundle files</source>
      <translation>các tệp gói dữ liệu</translation>
    </message>
    <message>
      <source>the district hub's fingerprint, read out by phone (needed for a welcome bundle)</source>
      <translation>mã nhận dạng của trạm tổng hợp, đọc qua điện thoại (cần cho gói chào mừng)</translation>
    </message>
    <message>
      <source>check a bundle without changing anything</source>
      <translation>kiểm tra một gói, không thay đổi gì</translation>
    </message>
    <message>
      <source>bundle file</source>
      <translation>tệp gói dữ liệu</translation>
    </message>
    <message>
      <source>the district hub's fingerprint (welcome)</source>
      <translation>mã nhận dạng của trạm tổng hợp (gói chào mừng)</translation>
    </message>
    <message>
      <source>set the relay for online sync</source>
      <translation>đặt máy chủ trung chuyển cho đồng bộ qua mạng</translation>
    </message>
    <message>
      <source>the relay's address (https://…)</source>
      <translation>địa chỉ máy chủ trung chuyển (https://…)</translation>
    </message>
    <message>
      <source>forget the relay</source>
      <translation>bỏ máy chủ trung chuyển</translation>
    </message>
    <message>
      <source>where this station stands in sync</source>
      <translation>tình trạng đồng bộ của trạm</translation>
    </message>
    <message>
      <source>one JSON object</source>
      <translation>một đối tượng JSON</translation>
    </message>
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
      <translation>Đọc mã nhận dạng này cho cán bộ trạm tổng hợp qua điện thoại: {digits}</translation>
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
      <source>this station's key fingerprint</source>
      <translation>mã nhận dạng khóa của trạm</translation>
    </message>
    <message>
      <source>send what is pending and fetch what waits, through the relay</source>
      <translation>gửi phần đang chờ và nhận phần mới qua máy chủ trung chuyển</translation>
    </message>
    <message>
      <source>Online sync goes through {url}.</source>
      <translation>Đồng bộ qua mạng dùng máy chủ trung chuyển {url}.</translation>
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
