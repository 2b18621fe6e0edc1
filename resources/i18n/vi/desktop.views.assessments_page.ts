<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.assessments_page</name>
    <message>
      <source>not assessed</source>
      <translation>chưa đánh giá</translation>
    </message>
    <message>
      <source>draft (revision {n})</source>
      <translation>nháp (lần {n})</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>đủ điều kiện</translation>
    </message>
    <message>
      <source>not eligible</source>
      <translation>không đủ điều kiện</translation>
    </message>
    <message>
      <source>No sponsor was twinned with the commune in this year.</source>
      <translation>Năm này không có đơn vị nào kết nghĩa với xã.</translation>
    </message>
    <message>
      <source>The sponsor sent its report for the year</source>
      <translation>Đơn vị đã gửi báo cáo năm</translation>
    </message>
    <message>
      <source>Save draft</source>
      <translation>Lưu nháp</translation>
    </message>
    <message>
      <source>Finalize…</source>
      <translation>Chốt đánh giá…</translation>
    </message>
    <message>
      <source>Make a new revision</source>
      <translation>Đánh giá lại (lần mới)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Xếp loại</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Nhận xét</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Close and lose them?</source>
      <translation>Có thay đổi chưa được lưu. Đóng và bỏ các thay đổi này?</translation>
    </message>
    <message>
      <source>Eligible for commendation</source>
      <translation>Đủ điều kiện đề nghị khen thưởng</translation>
    </message>
    <message>
      <source>Not eligible for commendation</source>
      <translation>Không đủ điều kiện đề nghị khen thưởng</translation>
    </message>
    <message>
      <source>Finalize the assessment</source>
      <translation>Chốt đánh giá</translation>
    </message>
    <message>
      <source>After finalizing, this assessment can no longer be edited; a later change makes a new revision. Finalize now?</source>
      <translation>Sau khi chốt, bản đánh giá này không sửa được nữa; thay đổi về sau sẽ tạo lần đánh giá mới. Chốt ngay?</translation>
    </message>
    <message>
      <source>finalized (revision {n})</source>
      <translation>đã chốt (lần {n})</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Đánh giá</translation>
    </message>
    <message>
      <source>Commendation</source>
      <translation>Khen thưởng</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Sponsors twinned with the commune in the year</source>
      <translation>Các đơn vị kết nghĩa với xã trong năm</translation>
    </message>
    <message>
      <source>Revision</source>
      <translation>Lần đánh giá</translation>
    </message>
    <message>
      <source>Figures computed from the records</source>
      <translation>Số liệu tính từ dữ liệu đã ghi</translation>
    </message>
    <message>
      <source>Targets for its kind of sponsor</source>
      <translation>Chỉ tiêu theo loại đơn vị</translation>
    </message>
    <message>
      <source>Year-end assessment of sponsors</source>
      <translation>Đánh giá cuối năm các đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>not yet recorded</source>
      <translation>chưa ghi</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Value received</source>
      <translation>Giá trị tiếp nhận</translation>
    </message>
    <message>
      <source>Poor households helped</source>
      <translation>Hộ nghèo được hỗ trợ</translation>
    </message>
    <message>
      <source>Livelihood models</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Needs fulfilled / proposed</source>
      <translation>Nhu cầu đáp ứng / đề xuất</translation>
    </message>
    <message>
      <source>Staff (headcount)</source>
      <translation>Số biên chế</translation>
    </message>
    <message>
      <source>Report sent</source>
      <translation>Đã gửi báo cáo</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Mức phải đạt</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Thực hiện</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Draft: the figures are computed from the records now.</source>
      <translation>Bản nháp: số liệu được tính từ dữ liệu hiện có.</translation>
    </message>
    <message>
      <source>Not yet assessed: the figures are computed from the records now.</source>
      <translation>Chưa đánh giá: số liệu được tính từ dữ liệu hiện có.</translation>
    </message>
    <message>
      <source>{sponsor} — {year}</source>
      <translation>{sponsor} — {year}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <source>New revision: save to record it; revision {n} stays as it was finalized.</source>
      <translation>Lần đánh giá mới: bấm Lưu để ghi; lần {n} được giữ nguyên như khi đã chốt.</translation>
    </message>
    <message>
      <source>Give a rating before finalizing.</source>
      <translation>Hãy xếp loại trước khi chốt đánh giá.</translation>
    </message>
    <message>
      <source>Cannot finalize</source>
      <translation>Không chốt được</translation>
    </message>
    <message>
      <source>{n} · finalized {date}</source>
      <translation>{n} · chốt ngày {date}</translation>
    </message>
    <message>
      <source>{n} · draft</source>
      <translation>{n} · nháp</translation>
    </message>
    <message>
      <source>Finalized on {date} by {who}: locked. The figures are those recorded then; a change makes a new revision and this one is kept.</source>
      <translation>Đã chốt ngày {date} bởi {who}: đã khóa. Số liệu là số liệu lúc chốt; nếu thay đổi sẽ tạo lần đánh giá mới và giữ nguyên lần này.</translation>
    </message>
    <message>
      <source>{value} ({share}% of the value)</source>
      <translation>{value} ({share}% giá trị)</translation>
    </message>
    <message>
      <source>met</source>
      <translation>đạt</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>chưa đạt</translation>
    </message>
  </context>
</TS>
