<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.setup_wizard</name>
    <message>
      <source>in force</source>
      <translation>đang hiệu lực</translation>
    </message>
    <message>
      <source>code</source>
      <translation>mã</translation>
    </message>
    <message>
      <source>What is this computer for?</source>
      <translation>Máy tính này dùng cho ai?</translation>
    </message>
    <message>
      <source>A commune's twinning working group (commune station)</source>
      <translation>Tổ công tác kết nghĩa của xã (trạm xã)</translation>
    </message>
    <message>
      <source>The district, merging the communes' data (district hub)</source>
      <translation>Huyện hoặc thành phố, tổng hợp dữ liệu các xã (trạm tổng hợp)</translation>
    </message>
    <message>
      <source>Which unit?</source>
      <translation>Đơn vị nào?</translation>
    </message>
    <message>
      <source>Type part of the name; accents are not needed (“dac toi”).</source>
      <translation>Gõ một phần tên; không cần dấu (“dac toi”).</translation>
    </message>
    <message>
      <source>Search by name</source>
      <translation>Tìm theo tên</translation>
    </message>
    <message>
      <source>This station and its officer</source>
      <translation>Trạm và cán bộ phụ trách</translation>
    </message>
    <message>
      <source>e.g. Computer of the commune People's Committee</source>
      <translation>ví dụ: Máy UBND xã</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Tên trạm</translation>
    </message>
    <message>
      <source>Officer in charge</source>
      <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
      <source>Villages of the commune</source>
      <translation>Các thôn của xã</translation>
    </message>
    <message>
      <source>One village (thôn) per line; more can be added later.</source>
      <translation>Mỗi dòng một thôn; có thể thêm sau.</translation>
    </message>
    <message>
      <source>Set up Sổ Kết Nghĩa</source>
      <translation>Thiết lập Sổ Kết Nghĩa</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>đến {date}</translation>
    </message>
    <message>
      <source>from {date}</source>
      <translation>từ {date}</translation>
    </message>
    <message>
      <source>Cannot set up the station</source>
      <translation>Không thiết lập được trạm</translation>
    </message>
  </context>
</TS>
