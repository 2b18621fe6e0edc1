<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.documents_page</name>
    <message>
      <source>Quarter 1</source>
      <translation>Quý I</translation>
    </message>
    <message>
      <source>Quarter 2</source>
      <translation>Quý II</translation>
    </message>
    <message>
      <source>Quarter 3</source>
      <translation>Quý III</translation>
    </message>
    <message>
      <source>Quarter 4</source>
      <translation>Quý IV</translation>
    </message>
    <message>
      <source>First 6 months</source>
      <translation>6 tháng đầu năm</translation>
    </message>
    <message>
      <source>First 9 months</source>
      <translation>9 tháng đầu năm</translation>
    </message>
    <message>
      <source>Whole year</source>
      <translation>Cả năm</translation>
    </message>
    <message>
      <source>Household code or head's name, empty for a blank sheet</source>
      <translation>Mã hộ hoặc tên chủ hộ, bỏ trống để in phiếu trắng</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Kỳ báo cáo</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Create PDF</source>
      <translation>Tạo tệp PDF</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <source>Open in the PDF viewer</source>
      <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Lưu một bản…</translation>
    </message>
    <message>
      <source>Export figures to Excel…</source>
      <translation>Xuất số liệu ra Excel…</translation>
    </message>
    <message>
      <source>Creating the document…</source>
      <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
      <source>Creating the document was cancelled; no file was written.</source>
      <translation>Đã hủy tạo văn bản; không có tệp nào được ghi.</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Lưu một bản</translation>
    </message>
    <message>
      <source>Export figures to Excel</source>
      <translation>Xuất số liệu ra Excel</translation>
    </message>
    <message>
      <source>Register of issued documents</source>
      <translation>Sổ đăng ký văn bản đã ban hành</translation>
    </message>
    <message>
      <source>Preview is not available; open the PDF in its viewer.</source>
      <translation>Không xem trước được; hãy mở tệp PDF bằng trình xem.</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
      <source>Creating the document… page {page}</source>
      <translation>Đang tạo văn bản… trang {page}</translation>
    </message>
    <message>
      <source>Created “{title}”{number}: {pages} pages.</source>
      <translation>Đã tạo “{title}”{number}: {pages} trang.</translation>
    </message>
    <message>
      <source>Saved a copy to {path}.</source>
      <translation>Đã lưu một bản vào {path}.</translation>
    </message>
    <message>
      <source>Exported {rows} rows to {path}.</source>
      <translation>Đã xuất {rows} dòng ra tệp {path}.</translation>
    </message>
    <message>
      <source>The file of {number} is no longer on this computer; create it again.</source>
      <translation>Tệp của văn bản {number} không còn trên máy này; hãy tạo lại.</translation>
    </message>
  </context>
</TS>
