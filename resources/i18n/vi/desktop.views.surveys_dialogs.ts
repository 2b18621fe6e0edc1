<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.surveys_dialogs</name>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Round title</source>
      <translation>Tên đợt</translation>
    </message>
    <message>
      <source>e.g. Review of poor and near-poor households 2026</source>
      <translation>VD: Rà soát hộ nghèo, hộ cận nghèo năm 2026</translation>
    </message>
    <message>
      <source>Surveyors</source>
      <translation>Người khảo sát</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Scans of the survey forms and minutes: copied into the data folder.</source>
      <translation>Bản chụp phiếu khảo sát và biên bản: được sao vào thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>Survey round</source>
      <translation>Đợt khảo sát</translation>
    </message>
    <message>
      <source>Find a household (name, code, phone)</source>
      <translation>Tìm hộ (tên, mã hộ, số điện thoại)</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Income per person per month (đồng)</source>
      <translation>Thu nhập bình quân/người/tháng (đồng)</translation>
    </message>
    <message>
      <source>Lacking indicators</source>
      <translation>Chỉ số thiếu hụt</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Phân loại</translation>
    </message>
    <message>
      <source>New survey round</source>
      <translation>Thêm đợt khảo sát</translation>
    </message>
    <message>
      <source>Round completed: its classifications set the households' status</source>
      <translation>Đợt đã hoàn thành: kết quả phân loại cập nhật vào sổ hộ</translation>
    </message>
    <message>
      <source>Household observation</source>
      <translation>Phiếu khảo sát hộ</translation>
    </message>
    <message>
      <source>New household observation</source>
      <translation>Thêm phiếu khảo sát hộ</translation>
    </message>
    <message>
      <source>Indicators — {scope}</source>
      <translation>Chỉ tiêu — {scope}</translation>
    </message>
    <message>
      <source>{title} — {date}</source>
      <translation>{title} — {date}</translation>
    </message>
    <message>
      <source>Enter the income as a number to see the classification.</source>
      <translation>Nhập thu nhập bằng số để xem phân loại.</translation>
    </message>
  </context>
</TS>
