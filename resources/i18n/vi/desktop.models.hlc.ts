<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.hlc</name>
    <message>
      <source>Check the computer's date and time: it says {now}, earlier than this station's last change ({last}).</source>
      <translation>Kiểm tra ngày giờ của máy tính: máy đang ghi ngày {now}, sớm hơn lần thay đổi gần nhất của trạm ({last}).</translation>
    </message>
    <message>
      <source>Check the computer's date and time: it says {now}, more than a year after this station's last change ({last}).</source>
      <translation>Kiểm tra ngày giờ của máy tính: máy đang ghi ngày {now}, muộn hơn lần thay đổi gần nhất của trạm ({last}) quá một năm.</translation>
    </message>
  </context>
</TS>
