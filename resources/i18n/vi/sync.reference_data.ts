<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.reference_data</name>
    <message>
      <source>The bundle carries reference data, which only the district may send.</source>
      <translation>Gói dữ liệu có kèm dữ liệu danh mục, mà chỉ huyện mới được gửi.</translation>
    </message>
    <message>
      <source>The bundle carries reference data version {new}, which is older than the installed {old}.</source>
      <translation>Gói dữ liệu kèm dữ liệu danh mục phiên bản {new}, cũ hơn phiên bản đang dùng {old}.</translation>
    </message>
  </context>
</TS>
