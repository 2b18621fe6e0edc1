<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.sync_page</name>
    <message>
      <source>Make an enrollment request…</source>
      <translation>Tạo yêu cầu đăng ký…</translation>
    </message>
    <message>
      <source>This station's fingerprint</source>
      <translation>Mã nhận diện của trạm này</translation>
    </message>
    <message>
      <source>attachments not yet acknowledged</source>
      <translation>tệp đính kèm chưa được xác nhận</translation>
    </message>
    <message>
      <source>Make a bundle into a folder…</source>
      <translation>Tạo gói dữ liệu vào thư mục…</translation>
    </message>
    <message>
      <source>Make a bundle onto the USB stick</source>
      <translation>Tạo gói dữ liệu vào USB</translation>
    </message>
    <message>
      <source>Look for USB sticks again</source>
      <translation>Tìm lại USB</translation>
    </message>
    <message>
      <source>or drag .ketnghia files from a folder onto this page.</source>
      <translation>hoặc kéo thả tệp .ketnghia từ thư mục vào trang này.</translation>
    </message>
    <message>
      <source>Folder for the bundle</source>
      <translation>Thư mục lưu gói dữ liệu</translation>
    </message>
    <message>
      <source>Making the bundle…</source>
      <translation>Đang tạo gói dữ liệu…</translation>
    </message>
    <message>
      <source>Folder for the enrollment request</source>
      <translation>Thư mục lưu yêu cầu đăng ký</translation>
    </message>
    <message>
      <source>Re-enroll</source>
      <translation>Đăng ký lại</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Writing the enrollment request…</source>
      <translation>Đang ghi yêu cầu đăng ký…</translation>
    </message>
    <message>
      <source>Enrollment request</source>
      <translation>Yêu cầu đăng ký</translation>
    </message>
    <message>
      <source>records changed: {parts}</source>
      <translation>số bản ghi thay đổi: {parts}</translation>
    </message>
    <message>
      <source>No USB stick found</source>
      <translation>Không tìm thấy USB</translation>
    </message>
    <message>
      <source>The enrollment request was written to {path}. Send it to the {level}, then read the fingerprint to the {level} officer by phone: {digits}</source>
      <translation>Đã ghi yêu cầu đăng ký vào {path}. Gửi tệp này lên {level}, rồi đọc mã nhận diện cho cán bộ {level} qua điện thoại: {digits}</translation>
    </message>
    <message>
      <source>Re-enroll with a new {level} hub…</source>
      <translation>Đăng ký lại với trạm {level} mới…</translation>
    </message>
    <message>
      <source>When enrolling, read these digits to the {level} officer by phone; the {level}'s screen must show the same.</source>
      <translation>Khi đăng ký, đọc các chữ số này cho cán bộ {level} qua điện thoại; màn hình của {level} phải hiện đúng các chữ số này.</translation>
    </message>
    <message>
      <source>changes waiting for the {level}'s acknowledgement</source>
      <translation>thay đổi chờ {level} xác nhận</translation>
    </message>
    <message>
      <source>last acknowledgement from the {level}</source>
      <translation>lần {level} xác nhận gần nhất</translation>
    </message>
    <message>
      <source>Send to the {level}</source>
      <translation>Gửi lên {level}</translation>
    </message>
    <message>
      <source>Import the {level}'s bundles…</source>
      <translation>Nhập gói dữ liệu của {level}…</translation>
    </message>
    <message>
      <source>Receive from the {level}</source>
      <translation>Nhận từ {level}</translation>
    </message>
    <message>
      <source>Last bundle made here: {made}. Last bundle received: {received}.</source>
      <translation>Gói tạo gần nhất: {made}. Gói nhận gần nhất: {received}.</translation>
    </message>
    <message>
      <source>Enrolled with the {level} hub “{name}”.</source>
      <translation>Đã đăng ký với trạm {level} “{name}”.</translation>
    </message>
    <message>
      <source>A request for re-enrollment was made: import the new hub's welcome bundle when it comes.</source>
      <translation>Đã lập yêu cầu đăng ký lại: hãy nhập gói chào mừng của trạm huyện mới khi nhận được.</translation>
    </message>
    <message>
      <source>Bundles can be made once the {level} has enrolled this station (see above).</source>
      <translation>Chỉ tạo được gói dữ liệu sau khi {level} đã đăng ký trạm này (xem phía trên).</translation>
    </message>
    <message>
      <source>Re-enroll with a new {level} hub</source>
      <translation>Đăng ký lại với trạm {level} mới</translation>
    </message>
    <message>
      <source>This station is enrolled with its {level} hub. Re-enroll only when the {level} tells you to (a new hub PC, or a move to another {level}): the new hub's welcome bundle will then replace the current hub, whose bundles are refused from then on, and every change made here is sent again to the new hub.</source>
      <translation>Trạm này đã đăng ký với trạm {level}. Chỉ đăng ký lại khi {level} yêu cầu (máy tổng hợp mới, hoặc chuyển sang {level} khác): khi đó gói chào mừng của trạm mới sẽ thay trạm hiện tại, các gói của trạm cũ bị từ chối từ đó về sau, và mọi thay đổi làm ở đây được gửi lại cho trạm mới.</translation>
    </message>
    <message>
      <source>Exchange with the {level}</source>
      <translation>Trao đổi với {level}</translation>
    </message>
    <message>
      <source>{size} MB to send</source>
      <translation>{size} MB cần gửi</translation>
    </message>
    <message>
      <source>{count} conflicts between versions wait for review on the conflicts page.</source>
      <translation>{count} xung đột giữa các phiên bản đang chờ xem xét ở trang Xung đột.</translation>
    </message>
    <message>
      <source>The {level} has everything made at this station.</source>
      <translation>Trạm {level} đã có đủ mọi dữ liệu làm ở máy này.</translation>
    </message>
    <message>
      <source>Bundle written: {files}. Take it to the {level}.</source>
      <translation>Đã ghi gói dữ liệu: {files}. Hãy chuyển lên {level}.</translation>
    </message>
    <message>
      <source>Nothing new to send: the {level} has acknowledged everything.</source>
      <translation>Không có gì mới để gửi: {level} đã xác nhận mọi thay đổi.</translation>
    </message>
    <message>
      <source>Enrollment request made; import the {level}'s welcome bundle when it comes.</source>
      <translation>Đã tạo yêu cầu đăng ký; khi nhận được gói chào mừng của {level}, hãy nhập gói đó.</translation>
    </message>
    <message>
      <source>Not yet enrolled with the {level}: make an enrollment request and send it.</source>
      <translation>Chưa đăng ký với {level}: hãy tạo yêu cầu đăng ký và gửi lên {level}.</translation>
    </message>
  </context>
</TS>
