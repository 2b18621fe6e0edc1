<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.households_page</name>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Income/person/month</source>
      <translation>Thu nhập/người/tháng</translation>
    </message>
    <message>
      <source>Status from</source>
      <translation>Phân loại theo</translation>
    </message>
    <message>
      <source>Search name, household code or phone (accents not needed)</source>
      <translation>Tìm theo tên, mã hộ hoặc số điện thoại (không cần gõ dấu)</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>All villages</source>
      <translation>Tất cả các thôn</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>All ethnic groups</source>
      <translation>Mọi dân tộc</translation>
    </message>
    <message>
      <source>Villages…</source>
      <translation>Danh sách thôn…</translation>
    </message>
    <message>
      <source>Import from a spreadsheet…</source>
      <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
      <source>Villages</source>
      <translation>Danh sách thôn</translation>
    </message>
    <message>
      <source>Village name, e.g. Thôn Pà Dồn</source>
      <translation>Tên thôn, ví dụ Thôn Pà Dồn</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Thêm</translation>
    </message>
    <message>
      <source>Rename selected</source>
      <translation>Đổi tên thôn đã chọn</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Xóa thôn đã chọn</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Counting households…</source>
      <translation>Đang đếm số hộ…</translation>
    </message>
    <message>
      <source>{helped} of these households received aid ({handouts} hand-outs): deleted, they drop out of the signing lists and the figures of those receipts.</source>
      <translation>{helped} hộ trong số này đã nhận hỗ trợ ({handouts} lượt cấp phát): nếu xóa, các hộ này sẽ không còn trong danh sách ký nhận và số liệu của các lượt tiếp nhận đó.</translation>
    </message>
    <message>
      <source>{count} households</source>
      <translation>{count} hộ</translation>
    </message>
    <message>
      <source>Select the village to rename.</source>
      <translation>Chọn thôn cần đổi tên.</translation>
    </message>
    <message>
      <source>Year {year}</source>
      <translation>Năm {year}</translation>
    </message>
    <message>
      <source>{name} — {count} households</source>
      <translation>{name} — {count} hộ</translation>
    </message>
  </context>
</TS>
