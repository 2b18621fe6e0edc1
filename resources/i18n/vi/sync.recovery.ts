<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.recovery</name>
    <message>
      <source>This is the district hub: the communes send again what it lacks when they import its next bundles; export bundles for every commune now.</source>
      <translation>Đây là trạm tổng hợp: các xã sẽ gửi lại những gì trạm tổng hợp còn thiếu khi nhập gói tiếp theo của trạm tổng hợp; hãy xuất gói cho mọi xã ngay bây giờ.</translation>
    </message>
    <message>
      <source>The database it replaced could not be read, so what this station sent the district after the backup is unknown; it now recovers the rest from the district the way a replacement PC does:</source>
      <translation>Không đọc được cơ sở dữ liệu bị thay thế, nên không biết trạm này đã gửi gì cho trạm tổng hợp sau bản sao lưu; bây giờ trạm lấy lại phần còn lại từ trạm tổng hợp như một máy thay thế:</translation>
    </message>
    <message>
      <source>This commune station had already sent the district what it did after this backup, so it now recovers the rest from the district the way a replacement PC does:</source>
      <translation>Trạm xã này đã gửi cho trạm tổng hợp những việc làm sau bản sao lưu này, nên bây giờ trạm lấy lại phần còn lại từ trạm tổng hợp như một máy thay thế:</translation>
    </message>
    <message>
      <source>Restored {file}.</source>
      <translation>Đã khôi phục {file}.</translation>
    </message>
    <message>
      <source>The database it replaced was kept in {path}.</source>
      <translation>Cơ sở dữ liệu bị thay thế được giữ tại {path}.</translation>
    </message>
    <message>
      <source>1. Give the district the enrollment request {path} and read them this fingerprint by phone: {digits}.</source>
      <translation>1. Gửi cho trạm tổng hợp yêu cầu đăng ký {path} và đọc mã nhận dạng này qua điện thoại: {digits}.</translation>
    </message>
    <message>
      <source>2. The district revokes the old station {old} (“ketnghia sync revoke {old}”) and enrolls this one.</source>
      <translation>2. Trạm tổng hợp thu hồi trạm cũ {old} (“ketnghia sync revoke {old}”) và đăng ký trạm này.</translation>
    </message>
    <message>
      <source>3. Import the district's welcome bundle here: it brings back every record of the commune the district holds. {count} changes of the backup not yet acknowledged go with the next export.</source>
      <translation>3. Nhập gói chào mừng của trạm tổng hợp tại đây: gói mang về mọi bản ghi của xã mà trạm tổng hợp đang giữ. {count} thay đổi trong bản sao lưu chưa được xác nhận sẽ được gửi trong lần xuất tới.</translation>
    </message>
  </context>
</TS>
