<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.reference</name>
    <message>
      <source>{old} no longer exists since {date}; choose a unit in force today.</source>
      <translation>{old} không còn từ {date}; hãy chọn đơn vị đang tồn tại.</translation>
    </message>
    <message>
      <source>{old} was merged into {new} (code {code}) on {date}; set up the station for {new}, whose records include those of {old}.</source>
      <translation>{old} đã nhập vào {new} (mã {code}) từ {date}; hãy thiết lập trạm cho {new}, hồ sơ của {new} gồm cả hồ sơ của {old}.</translation>
    </message>
    <message>
      <source>{old} no longer exists since {date}; its communes now belong to {new} (code {code}): set up the hub for {new}.</source>
      <translation>{old} không còn từ {date}; các xã của đơn vị này nay thuộc {new} (mã {code}): hãy thiết lập trạm tổng hợp cho {new}.</translation>
    </message>
    <message>
      <source>Reference data version {new} is not newer than the installed {old}.</source>
      <translation>Dữ liệu danh mục phiên bản {new} không mới hơn phiên bản đang dùng {old}.</translation>
    </message>
  </context>
</TS>
