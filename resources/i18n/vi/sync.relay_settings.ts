<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.relay_settings</name>
    <message>
      <source>Automatic sync runs every 1 to 1440 minutes.</source>
      <translation>Tự động đồng bộ chạy mỗi 1 đến 1440 phút.</translation>
    </message>
    <message>
      <source>“{url}” is not a relay address; write it like https://trungchuyen.danang.gov.vn.</source>
      <translation>“{url}” không phải địa chỉ máy chủ trung chuyển; hãy viết như https://trungchuyen.danang.gov.vn.</translation>
    </message>
  </context>
</TS>
