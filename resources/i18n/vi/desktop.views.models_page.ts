<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.models_page</name>
    <message>
      <source>Search name, sponsor or results</source>
      <translation>Tìm tên, đơn vị hoặc kết quả</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Period reports list the model in the period of this day.</source>
      <translation>Báo cáo định kỳ tính mô hình vào kỳ có ngày này.</translation>
    </message>
    <message>
      <source>Set up on</source>
      <translation>Ngày thành lập</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Results and attachments</source>
      <translation>Kết quả và tệp đính kèm</translation>
    </message>
    <message>
      <source>Photos of the model and its records: copied into the data folder.</source>
      <translation>Ảnh mô hình và hồ sơ của mô hình: được sao vào thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>Member households</source>
      <translation>Hộ thành viên</translation>
    </message>
    <message>
      <source>Search households (accents not needed)</source>
      <translation>Tìm hộ (không cần gõ dấu)</translation>
    </message>
    <message>
      <source>Add →</source>
      <translation>Thêm →</translation>
    </message>
    <message>
      <source>← Remove</source>
      <translation>← Bỏ</translation>
    </message>
    <message>
      <source>Livelihood models</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Tất cả các năm</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tất cả loại</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>New model</source>
      <translation>Thêm mô hình</translation>
    </message>
    <message>
      <source>New livelihood model</source>
      <translation>Thêm mô hình sinh kế</translation>
    </message>
    <message>
      <source>Livelihood model</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— chọn —</translation>
    </message>
    <message>
      <source>— choose the sponsor —</source>
      <translation>— chọn đơn vị kết nghĩa —</translation>
    </message>
    <message>
      <source>— whole commune —</source>
      <translation>— toàn xã —</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>{count} member households</source>
      <translation>{count} hộ thành viên</translation>
    </message>
  </context>
</TS>
