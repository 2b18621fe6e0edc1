<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.inbox_page</name>
    <message>
      <source>Import commune bundles…</source>
      <translation>Nhập gói dữ liệu của các xã…</translation>
    </message>
    <message>
      <source>Make bundles for the communes…</source>
      <translation>Tạo gói dữ liệu gửi các xã…</translation>
    </message>
    <message>
      <source>Several files can be chosen at once, or dragged onto this page.</source>
      <translation>Có thể chọn nhiều tệp một lúc, hoặc kéo thả tệp vào trang này.</translation>
    </message>
    <message>
      <source>Folder for the communes' bundles</source>
      <translation>Thư mục lưu gói dữ liệu gửi các xã</translation>
    </message>
    <message>
      <source>Making the communes' bundles…</source>
      <translation>Đang tạo gói dữ liệu gửi các xã…</translation>
    </message>
    <message>
      <source>changes</source>
      <translation>thay đổi</translation>
    </message>
    <message>
      <source>acknowledgement</source>
      <translation>xác nhận</translation>
    </message>
    <message>
      <source>welcome</source>
      <translation>chào mừng</translation>
    </message>
    <message>
      <source>enrollment request</source>
      <translation>yêu cầu đăng ký</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Ngày nhận</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Giờ</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Trạm</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Changes applied</source>
      <translation>Thay đổi đã áp dụng</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Xung đột</translation>
    </message>
    <message>
      <source>Bundles in and out</source>
      <translation>Gói dữ liệu gửi và nhận</translation>
    </message>
    <message>
      <source>Nothing to send: every commune station has everything.</source>
      <translation>Không có gì cần gửi: mọi trạm xã đã có đủ dữ liệu.</translation>
    </message>
    <message>
      <source>Bundles received ({count}), newest first</source>
      <translation>Các gói đã nhận ({count}), mới nhất ở trên</translation>
    </message>
    <message>
      <source>{count} bundles written for the communes.</source>
      <translation>Đã ghi {count} gói dữ liệu cho các xã.</translation>
    </message>
  </context>
</TS>
