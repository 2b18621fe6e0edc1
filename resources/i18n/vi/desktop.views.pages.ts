<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.pages</name>
    <message>
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Surveys</source>
      <translation>Khảo sát</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Resources received</source>
      <translation>Tiếp nhận nguồn lực</translation>
    </message>
    <message>
      <source>Livelihood models</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Year-end assessment</source>
      <translation>Đánh giá cuối năm</translation>
    </message>
    <message>
      <source>Sponsors</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Working group</source>
      <translation>Tổ công tác</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>Thùng rác</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Thiết lập</translation>
    </message>
    <message>
      <source>Exchange with the {level}</source>
      <translation>Trao đổi với {level}</translation>
    </message>
    <message>
      <source>Figures of the whole {level}</source>
      <translation>Số liệu toàn {level}</translation>
    </message>
    <message>
      <source>Sponsor directory</source>
      <translation>Danh mục đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Bundles in and out</source>
      <translation>Gói dữ liệu gửi và nhận</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Các trạm</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Xung đột</translation>
    </message>
  </context>
</TS>
