<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.sponsors_dialogs</name>
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
      <source>Headcount (staff)</source>
      <translation>Biên chế (người)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Người đại diện</translation>
    </message>
    <message>
      <source>Representative's position</source>
      <translation>Chức vụ người đại diện</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Twinned since</source>
      <translation>Kết nghĩa từ</translation>
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
      <source>New sponsor</source>
      <translation>Thêm đơn vị</translation>
    </message>
    <message>
      <source>This sponsor belongs to the district's directory; only the district can change it.</source>
      <translation>Đơn vị này thuộc danh mục của trạm tổng hợp; chỉ trạm tổng hợp được sửa.</translation>
    </message>
    <message>
      <source>Twinning</source>
      <translation>Kết nghĩa</translation>
    </message>
    <message>
      <source>New twinning</source>
      <translation>Thêm quan hệ kết nghĩa</translation>
    </message>
    <message>
      <source>The twinning is in force</source>
      <translation>Quan hệ kết nghĩa đang có hiệu lực</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— chọn —</translation>
    </message>
  </context>
</TS>
