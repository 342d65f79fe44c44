# Generated from ui/visit_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(640, 700)
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.visitLayout = QFormLayout()
        self.visitLayout.setObjectName(u"visitLayout")
        self.visitLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.label_dateEdit = QLabel(VisitDialog)
        self.label_dateEdit.setObjectName(u"label_dateEdit")

        self.visitLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_dateEdit)

        self.dateEdit = QDateEdit(VisitDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.visitLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.label_typeCombo = QLabel(VisitDialog)
        self.label_typeCombo.setObjectName(u"label_typeCombo")

        self.visitLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_typeCombo)

        self.typeCombo = QComboBox(VisitDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.visitLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.label_moduleCombo = QLabel(VisitDialog)
        self.label_moduleCombo.setObjectName(u"label_moduleCombo")

        self.visitLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_moduleCombo)

        self.moduleCombo = QComboBox(VisitDialog)
        self.moduleCombo.setObjectName(u"moduleCombo")
        self.moduleCombo.setEditable(True)
        self.moduleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.visitLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.moduleCombo)

        self.label_consultantEdit = QLabel(VisitDialog)
        self.label_consultantEdit.setObjectName(u"label_consultantEdit")

        self.visitLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_consultantEdit)

        self.consultantEdit = QLineEdit(VisitDialog)
        self.consultantEdit.setObjectName(u"consultantEdit")

        self.visitLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consultantEdit)

        self.label_inspectorEdit = QLabel(VisitDialog)
        self.label_inspectorEdit.setObjectName(u"label_inspectorEdit")

        self.visitLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_inspectorEdit)

        self.inspectorEdit = QLineEdit(VisitDialog)
        self.inspectorEdit.setObjectName(u"inspectorEdit")

        self.visitLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.inspectorEdit)

        self.label_attendeesEdit = QLabel(VisitDialog)
        self.label_attendeesEdit.setObjectName(u"label_attendeesEdit")

        self.visitLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_attendeesEdit)

        self.attendeesEdit = QPlainTextEdit(VisitDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")
        self.attendeesEdit.setMinimumSize(QSize(0, 40))
        self.attendeesEdit.setTabChangesFocus(True)

        self.visitLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.label_objectivesEdit = QLabel(VisitDialog)
        self.label_objectivesEdit.setObjectName(u"label_objectivesEdit")

        self.visitLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_objectivesEdit)

        self.objectivesEdit = QPlainTextEdit(VisitDialog)
        self.objectivesEdit.setObjectName(u"objectivesEdit")
        self.objectivesEdit.setMinimumSize(QSize(0, 50))
        self.objectivesEdit.setTabChangesFocus(True)

        self.visitLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.label_observationsEdit = QLabel(VisitDialog)
        self.label_observationsEdit.setObjectName(u"label_observationsEdit")

        self.visitLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_observationsEdit)

        self.observationsEdit = QPlainTextEdit(VisitDialog)
        self.observationsEdit.setObjectName(u"observationsEdit")
        self.observationsEdit.setMinimumSize(QSize(0, 110))
        self.observationsEdit.setTabChangesFocus(True)

        self.visitLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.observationsEdit)

        self.label_nextStepsEdit = QLabel(VisitDialog)
        self.label_nextStepsEdit.setObjectName(u"label_nextStepsEdit")

        self.visitLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_nextStepsEdit)

        self.nextStepsEdit = QPlainTextEdit(VisitDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setMinimumSize(QSize(0, 80))
        self.nextStepsEdit.setTabChangesFocus(True)

        self.visitLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)

        self.nextVisitLabel = QLabel(VisitDialog)
        self.nextVisitLabel.setObjectName(u"nextVisitLabel")

        self.visitLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.nextVisitLabel)

        self.nextVisitLayout = QHBoxLayout()
        self.nextVisitLayout.setObjectName(u"nextVisitLayout")
        self.nextVisitCheck = QCheckBox(VisitDialog)
        self.nextVisitCheck.setObjectName(u"nextVisitCheck")

        self.nextVisitLayout.addWidget(self.nextVisitCheck)

        self.nextVisitDateEdit = QDateEdit(VisitDialog)
        self.nextVisitDateEdit.setObjectName(u"nextVisitDateEdit")
        self.nextVisitDateEdit.setCalendarPopup(True)
        self.nextVisitDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextVisitLayout.addWidget(self.nextVisitDateEdit)

        self.nextSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextVisitLayout.addItem(self.nextSpacer)


        self.visitLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.nextVisitLayout)


        self.mainLayout.addLayout(self.visitLayout)

        self.problemsLabel = QLabel(VisitDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #b00020;")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setText(u"")

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label_dateEdit.setBuddy(self.dateEdit)
        self.label_typeCombo.setBuddy(self.typeCombo)
        self.label_moduleCombo.setBuddy(self.moduleCombo)
        self.label_consultantEdit.setBuddy(self.consultantEdit)
        self.label_inspectorEdit.setBuddy(self.inspectorEdit)
        self.label_attendeesEdit.setBuddy(self.attendeesEdit)
        self.label_objectivesEdit.setBuddy(self.objectivesEdit)
        self.label_observationsEdit.setBuddy(self.observationsEdit)
        self.label_nextStepsEdit.setBuddy(self.nextStepsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.label_dateEdit.setText(QCoreApplication.translate("VisitDialog", u"&Date:", None))
        self.label_typeCombo.setText(QCoreApplication.translate("VisitDialog", u"&Type:", None))
        self.label_moduleCombo.setText(QCoreApplication.translate("VisitDialog", u"SCORE &module:", None))
        self.label_consultantEdit.setText(QCoreApplication.translate("VisitDialog", u"&Consultant:", None))
        self.label_inspectorEdit.setText(QCoreApplication.translate("VisitDialog", u"Safety &inspector:", None))
        self.inspectorEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Optional: paired work-safety inspector", None))
        self.label_attendeesEdit.setText(QCoreApplication.translate("VisitDialog", u"&Attendees:", None))
        self.label_objectivesEdit.setText(QCoreApplication.translate("VisitDialog", u"&Objectives:", None))
        self.label_observationsEdit.setText(QCoreApplication.translate("VisitDialog", u"O&bservations:", None))
        self.label_nextStepsEdit.setText(QCoreApplication.translate("VisitDialog", u"Agreed &next steps:", None))
        self.nextVisitLabel.setText(QCoreApplication.translate("VisitDialog", u"Next visit:", None))
        self.nextVisitCheck.setText(QCoreApplication.translate("VisitDialog", u"Planned for", None))
    # retranslateUi

