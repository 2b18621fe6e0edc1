<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.exporting</name>
    <message>
      <source>This station is not enrolled with a district hub yet; make an enrollment request and import the hub's welcome bundle first.</source>
      <translation>Trạm này chưa đăng ký với trạm huyện; hãy lập yêu cầu đăng ký và nhập gói chào mừng của huyện trước.</translation>
    </message>
    <message>
      <source>The district hub this station is enrolled with is missing.</source>
      <translation>Không tìm thấy trạm huyện mà trạm này đã đăng ký.</translation>
    </message>
    <message>
      <source>The station “{name}” has no keys; it cannot receive bundles.</source>
      <translation>Trạm “{name}” không có khóa nên không nhận được gói dữ liệu.</translation>
    </message>
  </context>
</TS>
