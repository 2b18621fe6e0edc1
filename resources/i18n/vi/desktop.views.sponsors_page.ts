<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.sponsors_page</name>
    <message>
      <source>Sponsors and twinnings</source>
      <translation>Đơn vị kết nghĩa và quan hệ kết nghĩa</translation>
    </message>
    <message>
      <source>Search sponsors (accents not needed)</source>
      <translation>Tìm đơn vị (gõ không dấu cũng được)</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tất cả loại</translation>
    </message>
    <message>
      <source>New sponsor</source>
      <translation>Thêm đơn vị</translation>
    </message>
    <message>
      <source>Twinnings of the selected sponsor</source>
      <translation>Quan hệ kết nghĩa của đơn vị đang chọn</translation>
    </message>
    <message>
      <source>Add twinning</source>
      <translation>Thêm kết nghĩa</translation>
    </message>
    <message>
      <source>Open twinning</source>
      <translation>Mở kết nghĩa</translation>
    </message>
    <message>
      <source>Delete twinning</source>
      <translation>Xóa kết nghĩa</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Số quyết định</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Ngày quyết định</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Move this twinning to the trash? It can be restored from there.</source>
      <translation>Chuyển quan hệ kết nghĩa này vào thùng rác? Có thể khôi phục lại từ đó.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Tên viết tắt</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Biên chế</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Người đại diện</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Twinned since</source>
      <translation>Kết nghĩa từ</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Quyết định</translation>
    </message>
    <message>
      <source>In the hub's directory as</source>
      <translation>Trong danh mục của trạm tổng hợp</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Không</translation>
    </message>
  </context>
</TS>
