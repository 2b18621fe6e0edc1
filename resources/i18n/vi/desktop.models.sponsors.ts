<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.sponsors</name>
    <message>
      <source>Enter the sponsor's name.</source>
      <translation>Nhập tên đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>Choose the kind of sponsor.</source>
      <translation>Chọn loại đơn vị.</translation>
    </message>
    <message>
      <source>This sponsor no longer exists; it may have been deleted.</source>
      <translation>Đơn vị kết nghĩa này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>This sponsor belongs to the district's directory; only the district can change it.</source>
      <translation>Đơn vị này thuộc danh mục của trạm tổng hợp; chỉ trạm tổng hợp được sửa.</translation>
    </message>
    <message>
      <source>A phone number may hold only digits, spaces and + . - ( ).</source>
      <translation>Số điện thoại chỉ gồm chữ số, dấu cách và + . - ( ).</translation>
    </message>
    <message>
      <source>The e-mail address is not valid.</source>
      <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
      <source>This twinning no longer exists; it may have been deleted.</source>
      <translation>Quan hệ kết nghĩa này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>Choose the sponsor.</source>
      <translation>Chọn đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>Choose the commune of the twinning.</source>
      <translation>Chọn xã kết nghĩa.</translation>
    </message>
    <message>
      <source>The end of the twinning cannot be before its start.</source>
      <translation>Ngày kết thúc kết nghĩa không được trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>Enter the number of the decision.</source>
      <translation>Nhập số quyết định.</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Twinning</source>
      <translation>Kết nghĩa</translation>
    </message>
    <message>
      <source>This sponsor was added by another commune; twin it with that commune, or choose a sponsor of the district's directory.</source>
      <translation>Đơn vị này do một xã khác thêm vào; hãy kết nghĩa đơn vị với chính xã đó, hoặc chọn một đơn vị trong danh bạ của trạm tổng hợp.</translation>
    </message>
    <message>
      <source>This sponsor already has an active twinning with this commune.</source>
      <translation>Đơn vị này đang kết nghĩa với xã; không thể thêm quan hệ kết nghĩa thứ hai còn hiệu lực.</translation>
    </message>
    <message>
      <source>sponsors</source>
      <translation>đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>Biên chế</translation>
    </message>
    <message>
      <source>twinnings</source>
      <translation>quan hệ kết nghĩa</translation>
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
      <source>A sponsor named {name} already exists.</source>
      <translation>Đã có đơn vị tên {name}.</translation>
    </message>
  </context>
</TS>
