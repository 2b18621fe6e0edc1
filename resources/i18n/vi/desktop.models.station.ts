<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.station</name>
    <message>
      <source>This data folder already has a station; choose another folder.</source>
      <translation>Thư mục dữ liệu này đã có trạm; hãy chọn thư mục khác.</translation>
    </message>
    <message>
      <source>The role must be “commune” or “hub”.</source>
      <translation>Vai trò phải là “commune” (xã) hoặc “hub” (trạm tổng hợp của huyện hoặc thành phố).</translation>
    </message>
    <message>
      <source>Give the station a name.</source>
      <translation>Hãy đặt tên cho trạm.</translation>
    </message>
    <message>
      <source>Give the name of the officer in charge.</source>
      <translation>Hãy nhập tên cán bộ phụ trách.</translation>
    </message>
    <message>
      <source>Village names must be filled in and different from each other.</source>
      <translation>Tên thôn phải được điền và không trùng nhau.</translation>
    </message>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
    <message>
      <source>No administrative unit has the code {code}.</source>
      <translation>Không có đơn vị hành chính nào mang mã {code}.</translation>
    </message>
    <message>
      <source>{name} is not a commune; a commune station needs a commune code.</source>
      <translation>{name} không phải là xã; trạm của xã cần mã xã.</translation>
    </message>
    <message>
      <source>{name} is not a district or province; a hub needs one of those codes.</source>
      <translation>{name} không phải là huyện, tỉnh hay thành phố; trạm tổng hợp cần mã của một trong các cấp đó.</translation>
    </message>
    <message>
      <source>{unit} is still in force; the station has nothing to move to.</source>
      <translation>{unit} vẫn đang tồn tại; trạm không cần chuyển sang đơn vị khác.</translation>
    </message>
    <message>
      <source>The reference data names no single unit that {unit} became.</source>
      <translation>Dữ liệu danh mục không chỉ ra một đơn vị duy nhất mà {unit} đã nhập vào.</translation>
    </message>
  </context>
</TS>
