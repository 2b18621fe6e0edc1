<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.station_settings</name>
    <message>
      <source>Parent body</source>
      <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
      <source>First header line, e.g. UBND XÃ LA DÊÊ (empty: from the unit).</source>
      <translation>Dòng đầu của tiêu đề, ví dụ UBND XÃ LA DÊÊ (để trống: theo tên đơn vị).</translation>
    </message>
    <message>
      <source>Issuing body</source>
      <translation>Cơ quan ban hành</translation>
    </message>
    <message>
      <source>Second header line, e.g. TỔ CÔNG TÁC KẾT NGHĨA.</source>
      <translation>Dòng thứ hai của tiêu đề, ví dụ TỔ CÔNG TÁC KẾT NGHĨA.</translation>
    </message>
    <message>
      <source>Place name</source>
      <translation>Địa danh</translation>
    </message>
    <message>
      <source>Place of the date line, e.g. La Dêê.</source>
      <translation>Địa danh ở dòng ngày tháng, ví dụ La Dêê.</translation>
    </message>
    <message>
      <source>Signer's title</source>
      <translation>Chức danh người ký</translation>
    </message>
    <message>
      <source>e.g. TỔ TRƯỞNG, TRƯỞNG BAN.</source>
      <translation>ví dụ TỔ TRƯỞNG, TRƯỞNG BAN.</translation>
    </message>
    <message>
      <source>Signer's name</source>
      <translation>Họ tên người ký</translation>
    </message>
    <message>
      <source>Empty on a commune: the working group's leader.</source>
      <translation>Để trống ở xã: lấy tên Tổ trưởng tổ công tác.</translation>
    </message>
    <message>
      <source>Commune chairman</source>
      <translation>Chủ tịch UBND xã</translation>
    </message>
    <message>
      <source>Confirms the handover minutes for the UBND (empty: a line to sign on).</source>
      <translation>Người xác nhận biên bản bàn giao thay mặt UBND xã (để trống: chừa dòng để ký tên).</translation>
    </message>
    <message>
      <source>Recipients (Nơi nhận)</source>
      <translation>Nơi nhận</translation>
    </message>
    <message>
      <source>One per line in the documents, separated here by “;”.</source>
      <translation>Mỗi nơi một dòng trên văn bản, ở đây ngăn cách bằng “;”.</translation>
    </message>
    <message>
      <source>Silent after (days)</source>
      <translation>Coi là im lặng sau (ngày)</translation>
    </message>
    <message>
      <source>Hub: a commune that sent nothing for this many days is flagged.</source>
      <translation>Trạm tổng hợp: xã không gửi gì quá số ngày này sẽ được đánh dấu.</translation>
    </message>
    <message>
      <source>Unknown setting {key}; the settings are: {keys}.</source>
      <translation>Không có thiết lập {key}; các thiết lập gồm: {keys}.</translation>
    </message>
    <message>
      <source>{label} is too long.</source>
      <translation>{label} quá dài.</translation>
    </message>
    <message>
      <source>{label} cannot hold line breaks or control characters.</source>
      <translation>{label} không được chứa dấu xuống dòng hay ký tự điều khiển.</translation>
    </message>
    <message>
      <source>{label} must be a whole number of days from 1 to 365.</source>
      <translation>{label} phải là số ngày nguyên từ 1 đến 365.</translation>
    </message>
  </context>
</TS>
