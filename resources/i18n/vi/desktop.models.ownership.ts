<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.ownership</name>
    <message>
      <source>On the district hub a commune's records are read-only: only the commune's own stations change them, and the hub receives their changes by sync.</source>
      <translation>Trên trạm tổng hợp, bản ghi của xã chỉ để xem: chỉ các trạm của xã mới được sửa, trạm tổng hợp nhận các thay đổi đó qua đồng bộ.</translation>
    </message>
  </context>
</TS>
