<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.bundle_import</name>
    <message>
      <source>Accepted</source>
      <translation>Đã nhận</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Trùng lặp</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Đã ghi</translation>
    </message>
    <message>
      <source>For another station</source>
      <translation>Của trạm khác</translation>
    </message>
    <message>
      <source>Addressed to another station; left as it is, nothing changed here.</source>
      <translation>Gói gửi cho trạm khác; để nguyên, không thay đổi gì ở đây.</translation>
    </message>
    <message>
      <source>Imported before; nothing changed.</source>
      <translation>Đã nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
      <source>No file exchanged yet in this session.</source>
      <translation>Chưa trao đổi tệp nào trong phiên làm việc này.</translation>
    </message>
    <message>
      <source>Import bundle files</source>
      <translation>Nhập các gói dữ liệu</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
      <source>Importing bundle files…</source>
      <translation>Đang nhập các gói dữ liệu…</translation>
    </message>
    <message>
      <source>The district hub's fingerprint</source>
      <translation>Mã nhận dạng của trạm tổng hợp</translation>
    </message>
    <message>
      <source>This is a welcome bundle from a district hub. Call the district officer: they read the fingerprint shown on their “Stations” page. Type the digits here; the welcome is accepted only when they match the hub that made it.</source>
      <translation>Đây là gói chào mừng của một trạm tổng hợp. Hãy gọi điện cho cán bộ trạm tổng hợp: họ đọc mã nhận dạng hiện trên trang “Các trạm” của trạm tổng hợp. Gõ dãy số đó vào đây; gói chào mừng chỉ được nhận khi dãy số khớp với trạm tổng hợp đã tạo ra gói.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa</source>
      <translation>Sổ Kết Nghĩa</translation>
    </message>
    <message>
      <source>{changes} changes, saved in {folder}</source>
      <translation>{changes} thay đổi, đã lưu vào {folder}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Trạm</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Another exchange is still running; wait until it ends.</source>
      <translation>Một lần trao đổi khác đang chạy; hãy chờ đến khi xong.</translation>
    </message>
    <message>
      <source>{applied} changes applied, {held} waiting for earlier bundles, {conflicts} conflicts.</source>
      <translation>Đã áp dụng {applied} thay đổi, {held} thay đổi chờ các gói trước, {conflicts} xung đột.</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa bundles (*{ext})</source>
      <translation>Gói dữ liệu Sổ Kết Nghĩa (*{ext})</translation>
    </message>
    <message>
      <source>Import these bundle files into this station?

{names}</source>
      <translation>Nhập các gói dữ liệu này vào trạm?

{names}</translation>
    </message>
    <message>
      <source>Importing {count} files…</source>
      <translation>Đang nhập {count} tệp…</translation>
    </message>
    <message>
      <source>Nothing imported: a welcome bundle needs the district hub's fingerprint.</source>
      <translation>Chưa nhập gì: gói chào mừng cần mã nhận dạng của trạm tổng hợp.</translation>
    </message>
    <message>
      <source>Imported {done} of {total} files…</source>
      <translation>Đã nhập {done}/{total} tệp…</translation>
    </message>
    <message>
      <source>{total} files: {accepted} accepted, {duplicate} duplicates, {refused} refused.</source>
      <translation>{total} tệp: {accepted} được nhận, {duplicate} trùng lặp, {refused} bị từ chối.</translation>
    </message>
    <message>
      <source>Stopped before the other {count} files.</source>
      <translation>Đã dừng, còn {count} tệp chưa nhập.</translation>
    </message>
  </context>
</TS>
