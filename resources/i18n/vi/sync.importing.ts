<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.importing</name>
    <message>
      <source>This file is an enrollment request; the district enrolls it with “ketnghia sync enroll”.</source>
      <translation>Tệp này là yêu cầu đăng ký; trạm tổng hợp đăng ký trạm bằng lệnh “ketnghia sync enroll”.</translation>
    </message>
    <message>
      <source>The bundle is addressed to another station, not to this one.</source>
      <translation>Gói dữ liệu gửi cho một trạm khác, không phải trạm này.</translation>
    </message>
    <message>
      <source>This bundle was made by this station itself; it is meant for the other side.</source>
      <translation>Gói dữ liệu này do chính trạm này tạo ra; gói dành cho phía bên kia.</translation>
    </message>
    <message>
      <source>{file}: accepted from {sender} — {applied} changes applied, {held} waiting for earlier bundles, {conflicts} conflicts.</source>
      <translation>{file}: đã nhận từ {sender} — áp dụng {applied} thay đổi, {held} thay đổi chờ các gói trước, {conflicts} xung đột.</translation>
    </message>
    <message>
      <source>A welcome bundle is meant for a commune station.</source>
      <translation>Gói chào mừng chỉ dành cho trạm cấp xã.</translation>
    </message>
    <message>
      <source>The bundle carries this station's own changes back to it.</source>
      <translation>Gói dữ liệu mang chính các thay đổi của trạm này quay lại trạm.</translation>
    </message>
    <message>
      <source>{file}: refused — {reason}</source>
      <translation>{file}: bị từ chối — {reason}</translation>
    </message>
    <message>
      <source>{file}: already imported before; nothing changed.</source>
      <translation>{file}: đã nhập trước đây (trùng lặp); không có gì thay đổi.</translation>
    </message>
    <message>
      <source>The bundle could not be checked ({error}); nothing was changed. Keep the file and report it.</source>
      <translation>Không kiểm tra được gói dữ liệu ({error}); không có gì bị thay đổi. Hãy giữ lại tệp và báo lỗi này.</translation>
    </message>
    <message>
      <source>The bundle was made by a newer program (schema {found}; this program knows {known}); update Sổ Kết Nghĩa first.</source>
      <translation>Gói dữ liệu được tạo bởi chương trình mới hơn (lược đồ {found}; chương trình này biết đến {known}); hãy cập nhật Sổ Kết Nghĩa trước.</translation>
    </message>
    <message>
      <source>This station already received bundle number {number} from the same sender with other content; the sender's data may have been restored from an old copy.</source>
      <translation>Trạm này đã nhận gói số {number} của cùng trạm gửi nhưng với nội dung khác; dữ liệu của trạm gửi có thể đã bị khôi phục từ một bản sao cũ.</translation>
    </message>
    <message>
      <source>The bundle comes from a station that is not enrolled here ({sender}).</source>
      <translation>Gói dữ liệu đến từ một trạm chưa đăng ký tại đây ({sender}).</translation>
    </message>
    <message>
      <source>The bundle comes from a revoked station ({name}, revoked on {date}).</source>
      <translation>Gói dữ liệu đến từ một trạm đã bị thu hồi ({name}, thu hồi ngày {date}).</translation>
    </message>
    <message>
      <source>The bundle refers to records this station does not have ({detail}).</source>
      <translation>Gói dữ liệu tham chiếu đến bản ghi mà trạm này không có ({detail}).</translation>
    </message>
    <message>
      <source>The welcome comes from a hub ({unit}) whose area does not hold this commune.</source>
      <translation>Gói chào mừng đến từ trạm tổng hợp ({unit}) không quản lý xã này.</translation>
    </message>
    <message>
      <source>The bundle carries changes made at another station ({origin}).</source>
      <translation>Gói dữ liệu mang thay đổi được tạo ở một trạm khác ({origin}).</translation>
    </message>
  </context>
</TS>
