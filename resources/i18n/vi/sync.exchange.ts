<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.exchange</name>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
    <message>
      <source>This file is an enrollment request; the district enrolls it with “ketnghia sync enroll”.</source>
      <translation>Tệp này là yêu cầu đăng ký; huyện đăng ký trạm bằng lệnh “ketnghia sync enroll”.</translation>
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
      <source>The bundle carries reference data, which only the district may send.</source>
      <translation>Gói dữ liệu có kèm dữ liệu danh mục, mà chỉ huyện mới được gửi.</translation>
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
      <source>This station is not enrolled with a district hub yet; make an enrollment request and import the hub's welcome bundle first.</source>
      <translation>Trạm này chưa đăng ký với trạm huyện; hãy lập yêu cầu đăng ký và nhập gói chào mừng của huyện trước.</translation>
    </message>
    <message>
      <source>The district hub this station is enrolled with is missing.</source>
      <translation>Không tìm thấy trạm huyện mà trạm này đã đăng ký.</translation>
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
      <source>The bundle carries reference data version {new}, which is older than the installed {old}.</source>
      <translation>Gói dữ liệu kèm dữ liệu danh mục phiên bản {new}, cũ hơn phiên bản đang dùng {old}.</translation>
    </message>
    <message>
      <source>The station “{name}” has no keys; it cannot receive bundles.</source>
      <translation>Trạm “{name}” không có khóa nên không nhận được gói dữ liệu.</translation>
    </message>
    <message>
      <source>The bundle refers to records this station does not have ({detail}).</source>
      <translation>Gói dữ liệu tham chiếu đến bản ghi mà trạm này không có ({detail}).</translation>
    </message>
    <message>
      <source>The welcome comes from a hub ({unit}) whose area does not hold this commune.</source>
      <translation>Gói chào mừng đến từ trạm huyện ({unit}) không quản lý xã này.</translation>
    </message>
    <message>
      <source>The bundle carries changes made at another station ({origin}).</source>
      <translation>Gói dữ liệu mang thay đổi được tạo ở một trạm khác ({origin}).</translation>
    </message>
  </context>
</TS>
