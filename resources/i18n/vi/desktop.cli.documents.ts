<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.documents</name>
    <message>
      <source>report of a quarter, half year, 9 months or year</source>
      <translation>báo cáo quý, 6 tháng, 9 tháng hoặc năm</translation>
    </message>
    <message>
      <source>print a document to PDF</source>
      <translation>in văn bản ra tệp PDF</translation>
    </message>
    <message>
      <source>the household's code, id or head's name (empty: a blank sheet)</source>
      <translation>mã hộ, mã định danh hoặc tên chủ hộ (bỏ trống: phiếu trắng)</translation>
    </message>
    <message>
      <source>export a table or report to a spreadsheet</source>
      <translation>xuất bảng hoặc báo cáo ra bảng tính</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>tệp Excel</translation>
    </message>
    <message>
      <source>a table of records</source>
      <translation>một bảng dữ liệu</translation>
    </message>
    <message>
      <source>a report's figures</source>
      <translation>số liệu của một báo cáo</translation>
    </message>
    <message>
      <source>the period of a periodic report or the district workbook (default: the year)</source>
      <translation>kỳ của báo cáo định kỳ hoặc của sổ tính toàn địa bàn (mặc định: cả năm)</translation>
    </message>
    <message>
      <source>only this commune's rows (and its predecessors')</source>
      <translation>chỉ các dòng của xã này (và của các xã cũ sáp nhập vào xã)</translation>
    </message>
    <message>
      <source>PDF file to write</source>
      <translation>tệp PDF sẽ ghi</translation>
    </message>
    <message>
      <source>handover minutes of a receipt</source>
      <translation>biên bản bàn giao của một lượt tiếp nhận</translation>
    </message>
    <message>
      <source>household receipt list of a receipt</source>
      <translation>danh sách hộ nhận của một lượt tiếp nhận</translation>
    </message>
    <message>
      <source>needs proposal of a year</source>
      <translation>báo cáo đề xuất nhu cầu của một năm</translation>
    </message>
    <message>
      <source>year-end report with each sponsor's assessment</source>
      <translation>báo cáo tổng kết năm kèm đánh giá từng đơn vị</translation>
    </message>
    <message>
      <source>hub: the area's needs proposals of a year</source>
      <translation>trạm tổng hợp: đề xuất nhu cầu của các xã trong địa bàn trong một năm</translation>
    </message>
    <message>
      <source>household survey sheet, blank or filled</source>
      <translation>phiếu khảo sát hộ, để trống hoặc đã điền</translation>
    </message>
    <message>
      <source>Printed “{title}” ({pages} pages) to {path}.</source>
      <translation>Đã in “{title}” ({pages} trang) ra tệp {path}.</translation>
    </message>
    <message>
      <source>Give the report's year with --year.</source>
      <translation>Hãy cho năm của báo cáo bằng --year.</translation>
    </message>
    <message>
      <source>--commune applies only to tables, not to reports.</source>
      <translation>--commune chỉ dùng khi xuất một bảng dữ liệu, không dùng cho báo cáo.</translation>
    </message>
    <message>
      <source>Exported {rows} rows of {table} to {path}.</source>
      <translation>Đã xuất {rows} dòng của bảng {table} ra tệp {path}.</translation>
    </message>
  </context>
</TS>
