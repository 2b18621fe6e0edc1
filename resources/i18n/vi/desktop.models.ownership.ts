<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.ownership</name>
    <message>
      <source>The sponsor directory and its matches are kept by the district hub; this station receives them by sync and cannot change them.</source>
      <translation>Danh mục đơn vị kết nghĩa và việc đối chiếu do trạm tổng hợp quản lý; trạm này nhận qua đồng bộ và không được thay đổi.</translation>
    </message>
    <message>
      <source>On the district hub a commune's records are read-only: only the commune's own stations change them, and the hub receives their changes by sync.</source>
      <translation>Trên trạm tổng hợp, bản ghi của xã chỉ để xem: chỉ các trạm của xã mới được sửa, trạm tổng hợp nhận các thay đổi đó qua đồng bộ.</translation>
    </message>
  </context>
</TS>
